// zlib for inflating a single zip entry within hard bounds (see ZipEntry.swift).
#ifndef VELDWERK_CZLIB_SHIM_H
#define VELDWERK_CZLIB_SHIM_H
#include <zlib.h>

/// inflateInit2 is a macro in zlib.h; this wrapper makes it callable from Swift.
static inline int veld_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}
#endif
