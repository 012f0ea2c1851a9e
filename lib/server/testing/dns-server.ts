import dgram from "node:dgram";
import type { AddressInfo } from "node:net";
import dnsPacket from "dns-packet";

/** A real DNS server on loopback (UDP) answering TXT questions from a table the test sets; NXDOMAIN otherwise. */
export interface TestDnsServer {
  /** "127.0.0.1:<port>", as MERIDIAN_DNS_SERVERS takes it. */
  address: string;
  setTxt(name: string, values: string[]): void;
  close(): Promise<void>;
}

export async function startDnsServer(): Promise<TestDnsServer> {
  const txt = new Map<string, string[]>();
  const socket = dgram.createSocket("udp4");
  socket.on("message", (message, remote) => {
    let query: dnsPacket.Packet;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    const question = query.questions?.[0];
    const values = question ? txt.get(question.name.toLowerCase()) : undefined;
    const answer = dnsPacket.encode({
      id: query.id,
      type: "response",
      flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | (values ? 0 : 3), // rcode 3: NXDOMAIN
      questions: query.questions ?? [],
      answers: question && values && question.type === "TXT" ? values.map((v) => ({ type: "TXT" as const, name: question.name, ttl: 60, data: v })) : [],
    });
    socket.send(answer, remote.port, remote.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  return {
    address: `127.0.0.1:${(socket.address() as AddressInfo).port}`,
    setTxt: (name, values) => void txt.set(name.toLowerCase(), values),
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
