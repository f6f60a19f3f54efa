open('x.txt', 'rw')
