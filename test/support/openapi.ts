/**
 * Validates real responses against the served OpenAPI document (JSON Schema 2020-12, ajv).
 */
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

export type OpenApiValidator = (
  path: string,
  status: number,
  body: unknown,
  contentType?: string,
  method?: 'get' | 'post',
) => string[]

export function openApiValidator(doc: any): OpenApiValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  addFormats(ajv)
  ajv.addSchema({ $id: 'openapi', components: doc.components }, 'openapi')
  const cache = new Map<string, ReturnType<typeof ajv.compile>>()
  return (path, status, body, contentType = 'application/json', method = 'get') => {
    const op = doc.paths[path]?.[method]
    if (!op) return [`no ${method.toUpperCase()} ${path} in the OpenAPI document`]
    const response = op.responses[String(status)]
    if (!response) return [`GET ${path} does not document status ${status}`]
    const schema = response.content?.[contentType]?.schema
    if (!schema) return [`GET ${path} ${status} has no ${contentType} schema`]
    const key = `${method} ${path} ${status} ${contentType}`
    let validate = cache.get(key)
    if (!validate) {
      const rewritten = JSON.parse(
        JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'),
      )
      validate = ajv.compile(rewritten)
      cache.set(key, validate)
    }
    return validate(body)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)
  }
}
