export default function MultiplicationScheme() {
  return <p>MultiplicationScheme</p>;
}
