// A worker entry whose thread starts but dies on every input, as one that runs out of memory would.
export default function crash() {
  process.exit(1);
}

export function ready() {
  return true;
}
