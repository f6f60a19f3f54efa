/*
 * The alloc suite's second anchor: CPython's own obmalloc, called from C through
 * libpython's PyObject_Malloc and PyObject_Free (3.11's default object allocator is pymalloc
 * from static initialisation, so no interpreter is started). It replays the very streams the
 * TypeScript contenders replay, read from a file the suite writes:
 *
 *   uint32 words, little-endian:
 *   ┌──────┬───────┬──────┬────────┬───────────────┬──────────────┬────────────┐
 *   │ mode │ count │ live │ rounds │ initial[live] │ sizes[count] │ idx[count] │
 *   └──────┴───────┴──────┴────────┴───────────────┴──────────────┴────────────┘
 *   mode 0 = pairs (sizes cycle 16..512), 1 = steady state around `live` blocks,
 *   2 = batch (allocate count blocks, free them in the order idx gives).
 *
 * It runs one warm-up round and then `rounds` timed ones, and prints one line per timed
 * round: the operations done (a malloc or a free each) and the seconds they took.
 */
#include <Python.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static uint32_t *read_words(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  long bytes = ftell(f);
  fseek(f, 0, SEEK_SET);
  uint32_t *w = malloc((size_t)bytes);
  if (w == NULL || fread(w, 1, (size_t)bytes, f) != (size_t)bytes) {
    fclose(f);
    return NULL;
  }
  fclose(f);
  *n = (size_t)bytes / 4;
  return w;
}

static double run(uint32_t mode, uint32_t count, uint32_t live, const uint32_t *sizes,
                  const uint32_t *idx, void **ptrs) {
  if (mode == 0) {
    for (uint32_t i = 0; i < count; i++) PyObject_Free(PyObject_Malloc(16 + ((i & 31) << 4)));
  } else if (mode == 1) {
    for (uint32_t i = 0; i < count; i++) {
      uint32_t k = idx[i];
      PyObject_Free(ptrs[k]);
      ptrs[k] = PyObject_Malloc(sizes[i]);
    }
  } else {
    for (uint32_t i = 0; i < count; i++) ptrs[i] = PyObject_Malloc(sizes[i]);
    for (uint32_t i = 0; i < count; i++) PyObject_Free(ptrs[idx[i]]);
  }
  (void)live;
  return 2.0 * count;
}

int main(int argc, char **argv) {
  size_t n = 0;
  uint32_t *w = argc == 2 ? read_words(argv[1], &n) : NULL;
  if (w == NULL || n < 4) {
    fprintf(stderr, "obmalloc_anchor: cannot read the stream file\n");
    return 2;
  }
  uint32_t mode = w[0], count = w[1], live = w[2], rounds = w[3];
  const uint32_t *initial = w + 4, *sizes = initial + live, *idx = sizes + count;
  if (n < 4 + (size_t)live + 2 * (size_t)count) {
    fprintf(stderr, "obmalloc_anchor: the stream file is short\n");
    return 2;
  }
  size_t slots = mode == 2 ? count : live;
  void **ptrs = malloc(sizeof(void *) * (slots > 0 ? slots : 1));
  if (mode == 1)
    for (uint32_t i = 0; i < live; i++) ptrs[i] = PyObject_Malloc(initial[i]);
  for (uint32_t r = 0; r <= rounds; r++) {
    double t = seconds();
    double ops = run(mode, count, live, sizes, idx, ptrs);
    double s = seconds() - t;
    if (r > 0) printf("%.0f %.9f\n", ops, s);
  }
  return 0;
}
