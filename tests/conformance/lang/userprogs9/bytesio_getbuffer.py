import io
b = io.BytesIO(b"hello world")
v = b.getbuffer()
print(v.nbytes, bytes(v[:5]), v.readonly)
v[0:5] = b"HELLO"
print(b.getvalue(), b.read(3), type(b.read(2)).__name__)
del v
b.seek(0, 2); b.write(b"!")
print(b.getvalue(), len(b.getbuffer()), io.BytesIO().getbuffer().nbytes)
