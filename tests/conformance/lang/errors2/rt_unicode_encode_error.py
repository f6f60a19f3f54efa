'héllo'.encode('ascii')
