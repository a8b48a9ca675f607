// Only the header: LLVMFuzzerRunDriver comes from libFuzzer at link time.
