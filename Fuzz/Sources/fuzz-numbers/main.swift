import FuzzDriver

runFuzzer { data, size in fuzzNumbers(data, size) }
