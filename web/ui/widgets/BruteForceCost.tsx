export default function BruteForceCost() {
  return <p>BruteForceCost</p>;
}
