# csv and json with real files: csv.writer/reader and DictWriter/DictReader with newline='',
# json.dump/json.load round trips, and the file contents they produce.
import csv, json, os, tempfile
os.chdir(tempfile.mkdtemp())
rows = [['name', 'qty', 'note'], ['apple', 3, 'red, round'], ['pear', 10, 'says "hi"'], ['fig', 0, 'multi\nline']]
with open('items.csv', 'w', newline='') as f:
    writer = csv.writer(f)
    writer.writerows(rows)
print(open('items.csv', 'rb').read())
with open('items.csv', newline='') as f:
    for row in csv.reader(f):
        print(row)
with open('people.csv', 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['id', 'name'])
    w.writeheader()
    w.writerow({'id': 1, 'name': 'Ann'})
    w.writerows([{'id': 2, 'name': 'Bo'}, {'id': 3, 'name': 'Cy'}])
with open('people.csv', newline='') as f:
    print([dict(r) for r in csv.DictReader(f)])
data = {'numbers': [1, 2.5, None, True], 'nested': {'k': 'v', 'ü': 'ß'}, 'empty': []}
with open('data.json', 'w') as f:
    json.dump(data, f)
print(open('data.json').read())
with open('data.json') as f:
    print(json.load(f) == data)
with open('pretty.json', 'w', encoding='utf-8') as f:
    json.dump(data, f, indent=2, sort_keys=True, ensure_ascii=False)
print(open('pretty.json', encoding='utf-8').read())
with open('pretty.json', encoding='utf-8') as f:
    print(json.load(f)['nested'])
with open('lines.jsonl', 'w') as f:
    for i in range(3):
        f.write(json.dumps({'i': i}) + '\n')
print([json.loads(line)['i'] for line in open('lines.jsonl')])
for name in ['items.csv', 'people.csv', 'data.json', 'pretty.json', 'lines.jsonl']:
    os.remove(name)
os.rmdir(os.getcwd())
