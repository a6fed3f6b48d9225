// The floor under the graph's first draw in this browser. Not part of the app: bench/canvasBaseline.ts serves this
// page (under the app's own CSP). It makes one WebGL 2 context with the options sigma uses, compiles one small
// program and draws one instanced triangle: no app code, no data, no graph. On a machine with a GPU that is a few
// milliseconds; under software WebGL it is what any WebGL drawing pays before drawing anything.
const VERTEX = `#version 300 es
in vec2 a_position;
void main() { gl_Position = vec4(a_position * 0.5, 0.0, 1.0); }`;
const FRAGMENT = `#version 300 es
precision mediump float;
out vec4 colour;
void main() { colour = vec4(0.3, 0.47, 0.65, 1.0); }`;

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error('no shader');
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(gl.getShaderInfoLog(shader) ?? 'shader did not compile');
  return shader;
}

const canvas = document.querySelector('canvas');
const gl = canvas?.getContext('webgl2', { preserveDrawingBuffer: false, antialias: false, depth: true });
if (!canvas || !gl) throw new Error('no WebGL 2');
const program = gl.createProgram();
gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
gl.linkProgram(program);
if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(gl.getProgramInfoLog(program) ?? 'program did not link');
gl.useProgram(program);
const buffer = gl.createBuffer();
gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, 0, 1]), gl.STATIC_DRAW);
const position = gl.getAttribLocation(program, 'a_position');
gl.enableVertexAttribArray(position);
gl.vertexAttribPointer(position, 2, gl.FLOAT, false, 0, 0);
gl.clearColor(1, 1, 1, 1);
gl.clear(gl.COLOR_BUFFER_BIT);
// Instanced, like sigma's draws: the bench's draw-call hook (bench/benchPage.ts) records it as the first draw.
gl.drawArraysInstanced(gl.TRIANGLES, 0, 3, 1);
