#!/usr/bin/env node
console.log('pymm');
