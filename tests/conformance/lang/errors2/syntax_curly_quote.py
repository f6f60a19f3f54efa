print(’hi’)
