/**
 * Email through an SMTP server the operator configured (SMTP_URL, EMAIL_FROM), as a Payload email
 * adapter on nodemailer. Without SMTP_URL nothing is ever sent (Payload's console adapter writes
 * nothing that leaves the machine): no outbound network unless configured.
 */
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

export type EmailSettings = { smtpUrl: string; from: string }

/** "Name <address>" or a bare address. */
export function parseFrom(from: string): { name: string; address: string } {
  const match = from.match(/^\s*(.*?)\s*<([^>]+)>\s*$/)
  return match
    ? { name: match[1]!.replace(/^"|"$/g, ''), address: match[2]! }
    : { name: '', address: from.trim() }
}

export function smtpEmailAdapter(settings: EmailSettings): EmailAdapter {
  return () => {
    const transport = nodemailer.createTransport(settings.smtpUrl)
    const { name, address } = parseFrom(settings.from)
    return {
      name: 'smtp',
      defaultFromAddress: address,
      defaultFromName: name,
      sendEmail: async (message) =>
        transport.sendMail({ from: name ? { name, address } : address, ...message } as any),
    }
  }
}
