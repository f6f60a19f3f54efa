# A __notes__ that is not a sequence is printed by its repr, without a newline.
e = KeyError('k')
e.__notes__ = 42
raise e
