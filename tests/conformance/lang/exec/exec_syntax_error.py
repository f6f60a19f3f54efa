# An uncaught SyntaxError from exec(): the caller's frame, then <string>'s line and caret.
def run(src):
    exec(src, {})

run("x = 1\ny = (1 +\n")
