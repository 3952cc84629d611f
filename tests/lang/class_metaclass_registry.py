# a plugin registry built with a metaclass; class attributes and methods via the metaclass
class PluginMeta(type):
    registry = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            key = ns.get('key', name.lower())
            PluginMeta.registry[key] = cls
        return cls
    def __iter__(cls):
        return iter(sorted(PluginMeta.registry))
    def __len__(cls):
        return len(PluginMeta.registry)
    def create(cls, key, *args):
        return PluginMeta.registry[key](*args)

class Plugin(metaclass=PluginMeta):
    def __init__(self, v=0):
        self.v = v
    def run(self):
        return '%s(%s)' % (type(self).__name__, self.v)

class Echo(Plugin):
    key = 'echo'
class Upper(Plugin):
    def run(self):
        return super().run().upper()
class Lower(Upper):
    pass

print(list(Plugin), len(Plugin), sorted(PluginMeta.registry))
print(Plugin.create('echo', 1).run(), Plugin.create('upper', 2).run(), Echo.create('lower').run())
print(type(Echo).__name__, isinstance(Lower(), Upper), issubclass(Lower, Plugin), Lower.__mro__[1] is Upper)
