import { describe, expect, it } from 'vitest';
import { generateSampleAgencies } from '../sample/sample-feed';
import { boardStyles } from './board-styles';
import { boardDocument } from './pages/board-page';
import { createSitePublicText } from './public-text';
import { DUTY_FONT_STEPS_MM, dutySizeStep, responsibilityBoards } from './responsibility-board';

const [agency] = generateSampleAgencies();

describe('responsibilityBoards', () => {
  it('makes one board per officer with post, duties, 执法证号 and the agency’s channels', () => {
    const { boards } = responsibilityBoards(agency!);
    expect(boards).toHaveLength(agency!.officers.length);
    expect(boards[0]).toMatchObject({
      agency: agency!.name,
      post: agency!.serviceGuides[0]!.acceptingBody,
      officer: agency!.officers[0],
      duties: agency!.duties,
    });
    expect(boards[0]!.contacts.map((channel) => channel.value)).toEqual(
      expect.arrayContaining(agency!.supervision.map((channel) => channel.value)),
    );
  });

  it('prints only the officers named, and says which 执法证号 it does not know', () => {
    const wanted = agency!.officers[2]!.certificateNumber;
    const { boards, unknown } = responsibilityBoards(agency!, {
      officers: [wanted, '999'],
      post: '综合窗口',
    });
    expect(boards.map((board) => board.officer?.certificateNumber)).toEqual([wanted]);
    expect(boards[0]!.post).toBe('综合窗口');
    expect(unknown).toEqual(['999']);
  });

  it('leaves off an officer whose credential has expired', () => {
    const [first, ...rest] = agency!.officers;
    const withExpired = {
      ...agency!,
      officers: [{ ...first!, certificateValidTo: '2025-12-31' }, ...rest],
    };
    const { boards, expired } = responsibilityBoards(withExpired, { today: '2026-01-05' });
    expect(expired.map((officer) => officer.certificateNumber)).toEqual([first!.certificateNumber]);
    expect(boards).toHaveLength(rest.length);
  });

  it('makes one board with blank lines for an agency that lists no officer', () => {
    const { boards } = responsibilityBoards({ ...agency!, officers: [] });
    expect(boards).toHaveLength(1);
    expect(boards[0]!.officer).toBeUndefined();
  });
});

describe('dutySizeStep', () => {
  it('keeps the largest size for a few duties and shrinks for many, so nothing is cut off', () => {
    expect(dutySizeStep(['负责全县市场监管领域的行政执法工作'])).toEqual({ step: 0, fits: true });
    const many = Array.from(
      { length: 14 },
      (_, n) => `第${n + 1}项：依法查处本领域违法行为，组织开展双随机一公开监管和专项整治工作`,
    );
    const { step, fits } = dutySizeStep(many);
    expect(step).toBeGreaterThan(0);
    expect(fits).toBe(true);
    const far = Array.from({ length: 80 }, () => '很长的职责'.repeat(10));
    expect(dutySizeStep(far)).toEqual({ step: DUTY_FONT_STEPS_MM.length - 1, fits: false });
  });
});

describe('boardDocument', () => {
  it('is one self-contained page per board for the paper asked, its strings escaped', () => {
    const hostile = { ...agency!, duties: ['<script>alert(1)</script>负责执法'] };
    const { boards } = responsibilityBoards(hostile);
    const document = boardDocument(boards, {
      paper: 'A3',
      publicText: createSitePublicText([hostile]),
      stylesheet: { inline: true },
    });
    expect(document.match(/<article class="gs-board"/g)).toHaveLength(boards.length);
    expect(document).toContain('@page{size:A3 portrait;margin:0}');
    expect(document).toContain('&lt;script&gt;alert(1)&lt;/script&gt;负责执法');
    expect(document).not.toMatch(/\b(?:src|href)="?https?:/);
    expect(boardStyles('A4')).toContain('width:210mm;height:297mm');
  });
});
