// Short tones for the scanner desk: a low double buzz for a refused scan, a high blip for a good one.
let context: AudioContext | null = null;

export function playTone(kind: "ok" | "error"): void {
  try {
    context ??= new AudioContext();
    const tones = kind === "error" ? [0, 0.22] : [0];
    for (const start of tones) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = kind === "error" ? "square" : "sine";
      oscillator.frequency.value = kind === "error" ? 220 : 1320;
      gain.gain.value = kind === "error" ? 0.3 : 0.15;
      oscillator.connect(gain).connect(context.destination);
      const at = context.currentTime + start;
      oscillator.start(at);
      oscillator.stop(at + (kind === "error" ? 0.18 : 0.07));
    }
  } catch {
    // Note: no audio device (or audio blocked): the message on screen still says it loudly.
  }
}
