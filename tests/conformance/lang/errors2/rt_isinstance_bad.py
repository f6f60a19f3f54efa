isinstance(1, 'int')
