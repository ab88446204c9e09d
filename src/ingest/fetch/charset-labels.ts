/**
 * Charset labels that browsers read as another encoding (WHATWG Encoding Standard, "Encodings" table):
 * pages labelled Latin-1 or ASCII are in practice windows-1252 (curly quotes at 0x91–0x94), and so on.
 * Labels not listed here are passed to iconv-lite as they are.
 */
export const CHARSET_ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'iso-8859-11': 'windows-874',
  'tis-620': 'windows-874',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  'ks_c_5601-1987': 'euc-kr',
  'x-sjis': 'shift_jis',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
};
