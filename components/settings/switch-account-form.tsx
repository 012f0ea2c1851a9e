import { Button } from "@/components/ui/button";

interface Props {
  token: string;
  signOut(formData: FormData): Promise<void>;
  label?: string;
}

/** Signs out, then back in (another account, or single sign-on), returning to this invitation. */
export function SwitchAccountForm({ token, signOut, label = "Sign in as someone else" }: Props) {
  return (
    <form action={signOut}>
      <input type="hidden" name="token" value={token} />
      <Button type="submit">{label}</Button>
    </form>
  );
}
