#ifndef TRADECHART_CRENAMEEXCHANGE_SHIM_H
#define TRADECHART_CRENAMEEXCHANGE_SHIM_H
// renameat2(RENAME_EXCHANGE): swap two paths in one step (Linux ≥ 3.15). glibc declares
// renameat2 only under _GNU_SOURCE, which the Swift Glibc module does not set, so the
// system call is made directly. Returns 0, or -1 with errno set (EINVAL or ENOSYS where the
// file system or kernel cannot exchange).
#include <fcntl.h>
#include <errno.h>
#ifdef __linux__
#include <unistd.h>
#include <sys/syscall.h>
#endif
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

static inline int tradechart_rename_exchange(const char *from, const char *to) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
#else
    (void)from; (void)to;
    errno = ENOSYS;
    return -1;
#endif
}
#endif
