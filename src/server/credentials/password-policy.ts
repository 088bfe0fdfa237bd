import { ZxcvbnFactory, type TranslationKeys } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { foldVietnamese } from '../../domain/text/fold.js';
import { AppError } from '../common/errors.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules.js';

/**
 * The password policy: at least 10 characters, not one of the passwords everybody tries, and not
 * built on the account's own name or unit code. Guessability is judged by zxcvbn-ts (a maintained
 * port of Dropbox's estimator) with its list of common passwords and keyboard patterns, and with the
 * account's own names as words an attacker would try first.
 */

/** zxcvbn's 0–4 scale; 3 is "safely unguessable" for an online attack with a slow hash. */
const MIN_SCORE = 3;

/** zxcvbn's feedback in Vietnamese (it ships no Vietnamese catalogue). */
const vi: TranslationKeys = {
  warnings: {
    straightRow: 'Một hàng phím liền nhau rất dễ đoán.',
    keyPattern: 'Một kiểu gõ phím ngắn rất dễ đoán.',
    simpleRepeat: 'Ký tự lặp lại như "aaa" rất dễ đoán.',
    extendedRepeat: 'Chuỗi ký tự lặp lại như "abcabcabc" rất dễ đoán.',
    sequences: 'Dãy ký tự liên tiếp như "abc" hoặc "123" rất dễ đoán.',
    recentYears: 'Các năm gần đây rất dễ đoán.',
    dates: 'Ngày tháng rất dễ đoán.',
    topTen: 'Đây là một trong mười mật khẩu bị dùng nhiều nhất.',
    topHundred: 'Đây là một trong một trăm mật khẩu bị dùng nhiều nhất.',
    common: 'Đây là một mật khẩu phổ biến.',
    similarToCommon: 'Mật khẩu này gần giống một mật khẩu phổ biến.',
    wordByItself: 'Một từ đứng riêng rất dễ đoán.',
    namesByThemselves: 'Tên riêng đứng một mình rất dễ đoán.',
    commonNames: 'Tên và họ phổ biến rất dễ đoán.',
    userInputs: 'Mật khẩu không được chứa thông tin của tài khoản (tên đăng nhập, họ tên, mã đơn vị).',
    pwned: 'Mật khẩu này đã bị lộ trong một vụ rò rỉ dữ liệu trên Internet.',
  },
  suggestions: {
    l33t: 'Tránh thay chữ bằng số dễ đoán như "@" cho "a".',
    reverseWords: 'Tránh viết ngược các từ thông dụng.',
    allUppercase: 'Viết hoa một vài chữ, không phải tất cả.',
    capitalization: 'Viết hoa thêm chữ khác ngoài chữ đầu.',
    dates: 'Tránh ngày tháng và năm gắn với bạn.',
    recentYears: 'Tránh các năm gần đây.',
    associatedYears: 'Tránh các năm gắn với bạn.',
    sequences: 'Tránh các dãy ký tự liên tiếp.',
    repeated: 'Tránh lặp lại từ và ký tự.',
    longerKeyboardPattern: 'Dùng kiểu gõ phím dài hơn và đổi hướng gõ nhiều lần.',
    anotherWord: 'Thêm vài từ ít gặp.',
    useWords: 'Dùng nhiều từ, nhưng tránh các cụm từ quen thuộc.',
    noNeed: 'Có thể tạo mật khẩu mạnh mà không cần ký hiệu, số hay chữ hoa.',
    pwned: 'Nếu bạn dùng mật khẩu này ở nơi khác, hãy đổi nó.',
  },
  timeEstimation: {
    ltSecond: 'dưới một giây',
    second: '{base} giây',
    seconds: '{base} giây',
    minute: '{base} phút',
    minutes: '{base} phút',
    hour: '{base} giờ',
    hours: '{base} giờ',
    day: '{base} ngày',
    days: '{base} ngày',
    month: '{base} tháng',
    months: '{base} tháng',
    year: '{base} năm',
    years: '{base} năm',
    centuries: 'hàng thế kỷ',
  },
};

/**
 * Words Vietnamese users build passwords on, which the English-centred common list lacks ("mật khẩu"
 * is "password"): a password made of one of them plus digits is as weak as "password123".
 */
const VIETNAMESE_COMMON = [
  'matkhau',
  'matkhaumoi',
  'baocao',
  'quantri',
  'quantrivien',
  'vietnam',
  'hanoi',
  'saigon',
  'anhyeuem',
  'emyeuanh',
  'yeuem',
  'congchuc',
  'coquan',
  'donvi',
  'ubnd',
  'sotttt',
];

const estimator = new ZxcvbnFactory({
  translations: vi,
  graphs: adjacencyGraphs,
  dictionary: { ...dictionary, vietnameseCommon: VIETNAMESE_COMMON },
});

export interface PasswordOwner {
  username: string;
  unitCode?: string | null;
  fullName?: string | null;
}

/** What is wrong with a password for this account, in Vietnamese; empty when it is acceptable. */
export function passwordProblems(password: string, owner: PasswordOwner): string[] {
  if (password.length < PASSWORD_MIN_LENGTH) return [`Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`];
  if (password.length > PASSWORD_MAX_LENGTH) return [`Mật khẩu dài tối đa ${PASSWORD_MAX_LENGTH} ký tự.`];
  const folded = foldVietnamese(password).replace(/\s+/g, '');
  const problems: string[] = [];
  const own = (value: string | null | undefined) => {
    const v = foldVietnamese(value ?? '').replace(/\s+/g, '');
    return v.length >= 3 && folded.includes(v);
  };
  if (own(owner.username)) problems.push('Mật khẩu không được chứa tên đăng nhập.');
  if (own(owner.unitCode)) problems.push('Mật khẩu không được chứa mã đơn vị.');
  // zxcvbn reads only the first 256 characters anyway; the owner's names are the first words tried.
  const inputs = [owner.username, owner.unitCode ?? '', ...(owner.fullName ?? '').split(/\s+/)].filter(
    (w) => w.length >= 3,
  );
  const result = estimator.check(password, inputs);
  if (result.score < MIN_SCORE) {
    problems.push(result.feedback.warning ?? 'Mật khẩu quá dễ đoán.');
    problems.push(...result.feedback.suggestions);
    if (problems.length === 1 || !result.feedback.suggestions.length)
      problems.push('Hãy dùng một cụm vài từ ít gặp, có thể xen số hoặc ký hiệu.');
  }
  return [...new Set(problems)];
}

/** Refuses a password that breaks the policy, with every reason in the error's details. */
export function assertPasswordPolicy(password: string, owner: PasswordOwner): void {
  const problems = passwordProblems(password, owner);
  if (problems.length === 0) return;
  throw AppError.validation(`Mật khẩu chưa đạt yêu cầu: ${problems.join(' ')}`, {
    field: 'password',
    problems,
  });
}
