import FuzzDriver

runFuzzer { data, size in fuzzParser(data, size) }
