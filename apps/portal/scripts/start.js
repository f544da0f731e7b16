// `npm start`: the built portal on its contract port. adapter-node's own default, 3000, is
// the API's port.
process.env.PORT ||= '5173';
// Uploads pass through the portal (/api/cases/<id>/documents): adapter-node's default limit,
// 512K, would refuse most documents; the API's own limit is 50 MB (DOCUMENT_MAX_BYTES).
process.env.BODY_SIZE_LIMIT ||= '51M';
await import('../build/index.js');
