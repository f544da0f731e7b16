process.stdout.write('[]\n');
