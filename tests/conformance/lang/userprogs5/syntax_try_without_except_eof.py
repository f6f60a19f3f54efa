# A missing except/finally at the end of the file.
def risky():
    return 1 / 0


try:
    risky()
