export function findChromium(): { executablePath?: string; error?: string };
