/**
 * A real, small filesystem (tmpfs) for the disk-full tests, and a way to fill it to the last byte.
 * Mounting needs privileges; `mountSmallDisk` returns null where they are missing, so the caller
 * can skip with the reason instead of pretending.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface SmallDisk {
  dir: string;
  /** Writes a file until the disk refuses more (ENOSPC). */
  fill(): void;
  unmount(): void;
}

export function mountSmallDisk(megabytes: number): SmallDisk | null {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigia-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    fill() {
      const fd = fs.openSync(path.join(dir, 'filler'), 'a');
      const block = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) fs.writeSync(fd, block);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        fs.closeSync(fd);
      }
      // The last partial block: a disk is full only when not one more byte fits.
      const tail = fs.openSync(path.join(dir, 'filler-tail'), 'a');
      try {
        for (;;) fs.writeSync(tail, Buffer.alloc(512, 1));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        fs.closeSync(tail);
      }
    },
    unmount() {
      execFileSync('umount', [dir], { stdio: 'ignore' });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
