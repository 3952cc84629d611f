# re: a match needing more backtrack state than the heap holds raises
# RuntimeError (CPython has no such limit: hence the .exp file); the
# module keeps working afterwards.
import re

s = 'ab' * 40000
try:
    print(re.match('(?:ab|ba)*c', s))
except RuntimeError as e:
    print('RuntimeError', e)
try:
    print(re.match('(a|b)*c', s))
except RuntimeError as e:
    print('RuntimeError', e)
print(re.match('(?:ab|ba)*c', 'ab' * 10 + 'c').end())
print(re.match('(?:a|b)*c', s))
print(re.match('[ab]*c', s))
print(re.match('[ab]*', s).end())
