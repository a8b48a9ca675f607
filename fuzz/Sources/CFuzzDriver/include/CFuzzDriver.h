#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (LLVM 12 and later): runs the fuzzing loop with `callback` as the target.
/// Called from the target's own `main`, because SwiftPM on Linux renames an executable's main
/// (`<Target>_main`) and links it as `main`, which leaves no room for libFuzzer's.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
