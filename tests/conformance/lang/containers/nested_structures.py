inventory = {
    'fruit': [{'name': 'apple', 'qty': 3}, {'name': 'pear', 'qty': 0}],
    'veg': [{'name': 'leek', 'qty': 7}],
}
for cat, items in inventory.items():
    in_stock = [i['name'] for i in items if i['qty']]
    print(cat, in_stock, sum(i['qty'] for i in items))
inventory['veg'].append({'name': 'kale', 'qty': 2})
print(len(inventory['veg']), inventory['veg'][-1]['name'])
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
alias = [[0] * 3] * 3
alias[1][1] = 5
print(grid, alias)
