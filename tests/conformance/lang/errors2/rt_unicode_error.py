b = b'\xff\xfe abc'
b.decode('utf-8')
