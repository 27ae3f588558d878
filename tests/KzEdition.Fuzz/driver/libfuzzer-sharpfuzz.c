// A libFuzzer driver for a .NET program run by SharpFuzz.Fuzzer.LibFuzzer.Run (SharpFuzz 2.x).
//
// libFuzzer runs in this process; the .NET program runs as a child that stays up for the whole
// run. They speak SharpFuzz's libFuzzer protocol (the one Metalnem/libfuzzer-dotnet's driver
// speaks, written here anew so the repository builds it from its own source):
//   - one System V shared memory segment: 64 KiB of edge counters, which the instrumented .NET
//     code bumps, followed by the input (at most 1 MiB); its id in __LIBFUZZER_SHM_ID;
//   - a control pipe (fd 198, __LIBFUZZER_CONTROL_PIPE_ID): this side writes an input's length
//     as 4 bytes once the input is in the segment;
//   - a status pipe (fd 199, __LIBFUZZER_STATUS_PIPE_ID): the child writes 4 bytes once when
//     ready, then a 4-byte status after each input, non-zero when the input threw.
// After each input the counters are copied into libFuzzer's extra counters, which libFuzzer reads
// as coverage; a non-zero status traps, so libFuzzer saves the input as a crash.
//
// Build: clang -O2 -fsanitize=fuzzer libfuzzer-sharpfuzz.c -o libfuzzer-sharpfuzz
// Run:   ./libfuzzer-sharpfuzz --target_path=PROGRAM [--target_arg=ARG] [libFuzzer flags] CORPUS…
// (libFuzzer ignores flags that start with --, so these two reach only this driver.)

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/shm.h>
#include <unistd.h>

enum { COUNTERS = 1 << 16, MAX_INPUT = 1 << 20, CONTROL_FD = 198, STATUS_FD = 199 };

__attribute__((weak, section("__libfuzzer_extra_counters"))) uint8_t extra_counters[COUNTERS];

static int shm_id = -1;
static uint8_t *shared;
static int control_fd = -1;
static int status_fd = -1;

static void fail(const char *what)
{
    fprintf(stderr, "libfuzzer-sharpfuzz: %s: %s\n", what, errno ? strerror(errno) : "failed");
    exit(1);
}

static void remove_segment(void) { shmctl(shm_id, IPC_RMID, NULL); }

// The value of --NAME=VALUE among the arguments, or NULL.
static const char *flag(int argc, char **argv, const char *name)
{
    size_t length = strlen(name);
    for (int i = 1; i < argc; i++)
    {
        if (strncmp(argv[i], name, length) == 0 && argv[i][length] == '=' && argv[i][length + 1] != '\0')
        {
            return argv[i] + length + 1;
        }
    }
    return NULL;
}

// Reads or writes exactly 4 bytes, retrying on EINTR; returns the count done (0 at end of pipe).
static ssize_t exchange(int fd, void *word, int writing)
{
    ssize_t done;
    do
    {
        done = writing ? write(fd, word, 4) : read(fd, word, 4);
    } while (done < 0 && errno == EINTR);
    return done;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *path = flag(*argc, *argv, "--target_path");
    const char *arg = flag(*argc, *argv, "--target_arg");
    if (path == NULL)
    {
        fprintf(stderr, "libfuzzer-sharpfuzz: give the .NET program with --target_path=PROGRAM\n");
        exit(1);
    }

    int control[2], status[2];
    if (pipe(control) != 0 || pipe(status) != 0)
    {
        fail("pipe");
    }

    shm_id = shmget(IPC_PRIVATE, COUNTERS + MAX_INPUT, IPC_CREAT | IPC_EXCL | 0600);
    if (shm_id < 0)
    {
        fail("shmget");
    }
    atexit(remove_segment);
    shared = shmat(shm_id, NULL, 0);
    if (shared == (void *)-1)
    {
        fail("shmat");
    }

    pid_t child = fork();
    if (child < 0)
    {
        fail("fork");
    }
    if (child == 0)
    {
        char id[16];
        snprintf(id, sizeof id, "%d", shm_id);
        if (dup2(control[0], CONTROL_FD) < 0 || dup2(status[1], STATUS_FD) < 0)
        {
            fail("dup2");
        }
        close(control[0]);
        close(control[1]);
        close(status[0]);
        close(status[1]);
        setenv("__LIBFUZZER_SHM_ID", id, 1);
        setenv("__LIBFUZZER_CONTROL_PIPE_ID", "198", 1);
        setenv("__LIBFUZZER_STATUS_PIPE_ID", "199", 1);
        execlp(path, path, arg, (char *)NULL);
        fail("exec of the .NET program");
    }

    close(control[0]);
    close(status[1]);
    control_fd = control[1];
    status_fd = status[0];

    int32_t ready;
    if (exchange(status_fd, &ready, 0) != 4)
    {
        fail("the .NET program did not start");
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MAX_INPUT)
    {
        // Longer inputs do not fit the segment: pass -max_len below 1 MiB.
        return 0;
    }

    memset(shared, 0, COUNTERS);
    memcpy(shared + COUNTERS, data, size);
    int32_t length = (int32_t)size;
    if (exchange(control_fd, &length, 1) != 4)
    {
        fail("write to the .NET program");
    }

    int32_t status;
    ssize_t got = exchange(status_fd, &status, 0);
    memcpy(extra_counters, shared, COUNTERS);
    if (got != 4)
    {
        // The child died without a status: a stack overflow or a kill. The input is the culprit.
        fprintf(stderr, "libfuzzer-sharpfuzz: the .NET program ended during this input\n");
        __builtin_trap();
    }
    if (status != 0)
    {
        __builtin_trap();
    }
    return 0;
}
