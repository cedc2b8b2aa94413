import FuzzDriver

runFuzzer { data, size in fuzzImporters(data, size) }
