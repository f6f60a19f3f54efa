print('ok')
s = 'not closed
