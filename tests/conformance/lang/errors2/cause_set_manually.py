e = ValueError('outer')
e.__cause__ = KeyError('inner')
raise e
