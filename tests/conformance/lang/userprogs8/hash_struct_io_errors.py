# Beginner mistakes with modules that are C in CPython: the traceback shows the user's
# lines only.
import array
import binascii
import hashlib
import io
import struct
import sys
import time
import traceback

def attempt(fn):
    try:
        print("ok:", fn())
    except Exception:
        traceback.print_exc(file=sys.stdout)

def fingerprint(password):
    return hashlib.sha256(password).hexdigest()[:16]

attempt(lambda: fingerprint(b"hunter2"))
attempt(lambda: fingerprint("hunter2"))
attempt(lambda: struct.pack("<hI", 1, 2).hex())
attempt(lambda: struct.pack("<h", 70000))
attempt(lambda: struct.unpack("<I", b"\x01\x02"))
attempt(lambda: binascii.unhexlify("abc"))
attempt(lambda: array.array("i", [1, 2.5]))
attempt(lambda: time.strftime("%Y", "2024"))
buf = io.StringIO("line one\nline two\n")
print(buf.readline(), end="")
buf.close()
attempt(buf.read)
attempt(lambda: io.BytesIO().write("text"))
print(fingerprint("secret"))
