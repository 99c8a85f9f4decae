import { describe, expect, it } from 'vitest'

import { FILE_CSP, fileHeaders, fileNameOfPath } from '../../../src/server/security-headers'

describe('fileHeaders', () => {
  it.each([
    ['image/png', 'a.png', 'inline'],
    ['image/jpeg', 'a.jpg', 'inline'],
    ['image/webp; charset=binary', 'a.webp', 'inline'],
    ['IMAGE/GIF', 'a.gif', 'inline'],
    ['image/svg+xml', 'a.svg', 'attachment'],
    ['text/html', 'a.html', 'attachment'],
    ['application/pdf', 'a.pdf', 'attachment'],
    ['application/ofd', 'a.ofd', 'attachment'],
    ['text/csv', 'a.csv', 'attachment'],
    [null, 'a', 'attachment'],
    ['', 'a', 'attachment'],
  ])('%s → %s', (type, name, disposition) => {
    const headers = fileHeaders(type, name)
    expect(headers['content-disposition']!.split(';')[0]).toBe(disposition)
    expect(headers['content-security-policy']).toBe(FILE_CSP)
    expect(headers['x-content-type-options']).toBe('nosniff')
  })

  it('names the file safely: quotes and line breaks cannot end the header value', () => {
    const header = fileHeaders('application/pdf', '通知 "A"\r\nX-Evil: 1.pdf')[
      'content-disposition'
    ]!
    expect(header).not.toMatch(/[\r\n]/)
    expect(header).toBe(
      `attachment; filename="__ _A___X-Evil: 1.pdf"; filename*=UTF-8''${encodeURIComponent('通知 _A___X-Evil: 1.pdf')}`,
    )
  })
})

describe('fileNameOfPath', () => {
  it.each([
    ['/api/media/file/a.png', 'a.png'],
    ['/api/attachments/file/%E9%80%9A%E7%9F%A5.pdf', '通知.pdf'],
    ['/api/media/file/a-400x300.webp', 'a-400x300.webp'],
    ['/api/media/file/', null],
    ['/api/media/file/a/b', null],
    ['/api/media/a.png', null],
    ['/api/media/file/%E0%A4%A', null],
    ['/admin/file/a.png', null],
  ])('%s → %s', (pathname, name) => {
    expect(fileNameOfPath(pathname)).toBe(name)
  })
})
