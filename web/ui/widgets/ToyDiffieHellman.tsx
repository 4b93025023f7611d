export default function ToyDiffieHellman() {
  return <p>ToyDiffieHellman</p>;
}
