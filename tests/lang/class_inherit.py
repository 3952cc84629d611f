# single inheritance, overriding, super()
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return self.name + " says " + self.speak()
class Dog(Animal):
    def speak(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + "!"
for a in (Animal("generic"), Dog("rex"), Puppy("bit", 1)):
    print(a.intro())
p = Puppy("x", 2)
print(p.age, p.name)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(Dog("d"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Dog, object))
class Cat(Animal):
    pass
print(Cat("tom").intro())
