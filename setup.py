"""Packages of the wheel: the app's code under desktop/, and the seeds and resources as package data.

pyproject.toml holds everything else. The two data folders sit at the repository
root (the bundle and the source tree use them there); `packages.find` cannot add
packages from outside desktop/, so the list is made here.
"""

from setuptools import find_packages, setup

setup(packages=find_packages("desktop") + ["marginalia.seeds", "marginalia.resources"])
