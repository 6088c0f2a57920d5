import { describe, expect, it } from 'vitest';
import { createEmulatedMiro } from '../../src/emulator/createEmulatedMiro';

function setup() {
  const emulated = createEmulatedMiro();
  return { emulated, board: emulated.miro.board };
}

describe('HTML content of sticky notes, shapes and text', () => {
  const allowed = '<p>a <a href="https://x">b</a> <strong>c</strong> <b>d</b> <em>e</em> <i>f</i> <u>g</u> <s>h</s><br>i</p>';

  it('accepts the documented tags', async () => {
    const { board } = setup();
    await expect(board.createStickyNote({ content: allowed })).resolves.toMatchObject({ content: allowed });
    await expect(board.createShape({ content: allowed })).resolves.toMatchObject({ content: allowed });
    await expect(board.createText({ content: allowed })).resolves.toMatchObject({ content: allowed });
  });

  it('throws on any other tag (conservative), on create and on sync', async () => {
    const { emulated, board } = setup();
    await expect(board.createStickyNote({ content: '<p><script>x</script></p>' })).rejects.toThrow(/<script>/);
    await expect(board.createShape({ content: '<div>x</div>' })).rejects.toThrow(/<div>/);
    await expect(board.createText({ content: '<h1>x</h1>' })).rejects.toThrow(/<h1>/);
    const note = await board.createStickyNote({ content: '<p>ok</p>' });
    note.content = '<span>x</span>';
    await expect(note.sync()).rejects.toThrow(/<span>/);
    expect(emulated.items()[0]?.props['content']).toBe('<p>ok</p>');
  });

  it('escaped text is fine', async () => {
    const { board } = setup();
    await expect(board.createStickyNote({ content: '<p>&lt;script&gt;</p>' })).resolves.toBeDefined();
  });

  it('throws at 6000 characters or more', async () => {
    const { board } = setup();
    await expect(board.createStickyNote({ content: 'x'.repeat(5999) })).resolves.toBeDefined();
    await expect(board.createStickyNote({ content: 'x'.repeat(6000) })).rejects.toThrow(/6000/);
    await expect(board.createShape({ content: 'x'.repeat(6001) })).rejects.toThrow(/6000/);
    await expect(board.createText({ content: 'x'.repeat(7000) })).rejects.toThrow(/6000/);
  });
});

describe('sticky notes', () => {
  it('take width or height, never both', async () => {
    const { board } = setup();
    await expect(board.createStickyNote({ width: 200, height: 200 })).rejects.toThrow(/width or height, not both/);
    const note = await board.createStickyNote({ width: 199 });
    note.width = 300;
    note.height = 300;
    await expect(note.sync()).rejects.toThrow(/width or height, not both/);
  });

  it('derive height from width and width from height (square 199×228, rectangle 350×228)', async () => {
    const { board } = setup();
    expect(await board.createStickyNote()).toMatchObject({ width: 199, height: 228 });
    expect(await board.createStickyNote({ width: 398 })).toMatchObject({ width: 398, height: 456 });
    expect(await board.createStickyNote({ height: 114 })).toMatchObject({ width: 99.5, height: 114 });
    expect(await board.createStickyNote({ shape: 'rectangle' })).toMatchObject({ width: 350, height: 228 });
    expect(await board.createStickyNote({ shape: 'rectangle', width: 700 })).toMatchObject({ width: 700, height: 456 });

    const note = await board.createStickyNote({ width: 199 });
    note.height = 456;
    await note.sync();
    expect(note).toMatchObject({ width: 398, height: 456 });
  });

  it('fillColor must be a named colour; hex throws', async () => {
    const { board } = setup();
    await expect(board.createStickyNote({ style: { fillColor: 'light_green' } })).resolves.toBeDefined();
    await expect(board.createStickyNote({ style: { fillColor: '#ffff00' } } as never)).rejects.toThrow(/fillColor must be one of/);
    await expect(board.createStickyNote({ style: { fillColor: 'purple' } } as never)).rejects.toThrow(/fillColor/);
  });
});

describe('shapes and text', () => {
  it('colours must be hex; names throw', async () => {
    const { board } = setup();
    await expect(board.createShape({ style: { fillColor: '#00ff00', borderColor: '#000000', color: '#123abc' } })).resolves.toBeDefined();
    await expect(board.createShape({ style: { fillColor: 'green' } })).rejects.toThrow(/hex/);
    await expect(board.createShape({ style: { color: 'red' } })).rejects.toThrow(/hex/);
    await expect(board.createText({ style: { color: 'black' } })).rejects.toThrow(/hex/);
    await expect(board.createText({ style: { color: '#000' } })).rejects.toThrow(/hex/);
  });

  it('shape must be a known shape name', async () => {
    const { board } = setup();
    await expect(board.createShape({ shape: 'circle' })).resolves.toMatchObject({ shape: 'circle' });
    await expect(board.createShape({ shape: 'blob' } as never)).rejects.toThrow(/shape must be one of/);
  });

  it('sizes must be positive', async () => {
    const { board } = setup();
    await expect(board.createShape({ width: 0, height: 10 })).rejects.toThrow(/positive/);
    await expect(board.createShape({ width: 10, height: -1 })).rejects.toThrow(/positive/);
    await expect(board.createStickyNote({ width: 0 })).rejects.toThrow(/positive/);
    await expect(board.createText({ width: -5 })).rejects.toThrow(/positive/);
    const shape = await board.createShape({ width: 10, height: 10 });
    (shape as unknown as { width: number }).width = 0;
    await expect(shape.sync()).rejects.toThrow(/positive/);
  });

  it("text height is computed by the board from the plain text, word-wrapped with Arial's widths", async () => {
    const { board } = setup();
    const content = '<p>Hello &amp; welcome to the <strong>workshop</strong></p><p>second line</p>';
    // 6 em wide: "Hello &" / "welcome to" / "the" / "workshop" / "second line" → 5 lines of 1.36 em, plus 0.5 em.
    const text = await board.createText({ content, width: 120, style: { fontSize: 20 } });
    expect(text.height).toBe(146);
    await expect(board.createText({ content, height: 50 } as never)).rejects.toThrow(/computed by the board/);

    text.width = 600;
    await text.sync();
    expect(text.height).toBe(65);
  });

  it('CJK characters and emoji are wider than Latin letters', async () => {
    const { board } = setup();
    const height = async (line: string) => (await board.createText({ content: `<p>${line}</p>`, width: 200, style: { fontSize: 20 } })).height;
    expect(await height('abcdefghijklmnopqr')).toBe(38);
    expect(await height('数据产品数据产品数据产品数据产品数据产')).toBe(65);
    expect(await height('🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉🎉')).toBe(92);
  });
});

describe('tags', () => {
  it('colour must be one of the tag colours', async () => {
    const { board } = setup();
    await expect(board.createTag({ title: 't', color: 'magenta' })).resolves.toMatchObject({ color: 'magenta' });
    await expect(board.createTag({ title: 't', color: '#ff00ff' } as never)).rejects.toThrow(/color must be one of/);
  });
});
