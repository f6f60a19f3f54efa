# Random texts of words, hyphenated words, dashes, punctuation and spaces, wrapped with
# random options (the generator is seeded: python3 and pymm see the same texts).
import random
import textwrap
rng = random.Random(2024)
atoms = ['a', 'bb', 'abc', 'x-y', 'well-known', 'e-mail', '--', '---', 'a--b', '-x', 'x-', 'ab-cd-ef', 'é-ü',
         'über-cool', '1-2', 'a1-b2', '!', '.', '?', '"', "'", ',', 'Mr.', 'end.', 'q?', 'x!"', '日本', '--flag',
         'a-', '-', 'ab--', '--cd', 'A-B-C', 'ab-c', 'a-bc', 'é', '\u00a0', 'x\u00a0y', '_', 'a_b-c_d']
for n in range(500):
    parts = []
    for i in range(rng.randint(0, 12)):
        parts.append(''.join(rng.choice(atoms) for _ in range(rng.randint(1, 3))))
        parts.append(rng.choice([' ', '  ', '   ']) if rng.random() < 0.9 else rng.choice(['\t', '\n', ' \n ']))
    if rng.random() < 0.3:
        parts.insert(0, ' ')
    text = ''.join(parts)
    opts = dict(width=rng.randint(1, 25), break_long_words=rng.random() < 0.7, break_on_hyphens=rng.random() < 0.7,
                drop_whitespace=rng.random() < 0.7, fix_sentence_endings=rng.random() < 0.3,
                replace_whitespace=rng.random() < 0.8, max_lines=rng.choice([None, None, 1, 2, 3]))
    try:
        print(n, textwrap.wrap(text, **opts))
    except ValueError as e:
        print(n, 'ValueError', e)
