data = {
    'a': [1, 2, 3],
}
value = (data['a'][0] +
         data['a'][1] +
         data['b'][2])
