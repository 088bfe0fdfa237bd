import { MyWorkView } from './MyWorkView';

export default function MyWorkPage() {
  return <MyWorkView />;
}
