# A keyword argument, then a positional one followed by a stray token.
print("never runs")
configure(verbose=True, name async)
