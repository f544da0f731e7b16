// `npm start`: the built portal on its contract port. adapter-node's own default, 3000, is
// the API's port.
process.env.PORT ||= '5173';
await import('../build/index.js');
